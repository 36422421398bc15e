/**
 * The explorer's layers (packages/web/src), kept apart from the back-end rules so each side reads
 * on its own. Spread into `forbidden` by .dependency-cruiser.cjs.
 */
/** @type {import('dependency-cruiser').IForbiddenRuleType[]} */
module.exports = [];
