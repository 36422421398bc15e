import { EmbeddedStore } from '@cadre/store';
import { defineApiSuite } from './support/define-api-suite';

defineApiSuite('embedded', async (seed) => new EmbeddedStore(seed));
