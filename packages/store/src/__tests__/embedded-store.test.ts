import { EmbeddedStore } from '../embedded/embedded-store';
import { defineStoreContract } from '../contract/define-store-contract';

defineStoreContract('embedded', async (seed) => new EmbeddedStore(seed));
