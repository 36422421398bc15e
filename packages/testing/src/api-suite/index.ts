export { defineApiSuite, type ApiSuiteBinding } from './define-api-suite';
