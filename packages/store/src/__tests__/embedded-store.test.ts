import { defineStoreContract } from '@cadre/testing/store-contract';
import { EmbeddedStore } from '../embedded/embedded-store';

defineStoreContract('embedded', async (seed) => new EmbeddedStore(seed));
