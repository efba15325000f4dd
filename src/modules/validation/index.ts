// Public API of the validation module: the public checker's routes and the use case the deposit shares.
export { validateInvoice } from "./validate-invoice.js";
export { validationRoutes } from "./validation.routes.js";
export { ValidationFinding, ValidationResult } from "./validation.schemas.js";
