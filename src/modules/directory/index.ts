// Public API of the directory module: other modules import only from here.
export { directoryRoutes } from "./directory.routes.js";
export { findService, findServices, findStructure, findStructures, type StructureWithCount } from "./directory.repository.js";
export { flagLabels } from "./domain/flag-labels.js";
export type { PostalAddress, Service, Structure, StructureFlags, StructureKind } from "./domain/structure.js";
export { DEFAULT_PAYMENT_DELAY_DAYS } from "./domain/structure.js";
export { exportDirectory, type TextSink } from "./export-directory.js";
export { getStructure } from "./get-structure.js";
export { type ImportDirectoryInput, type ImportDirectoryResult, type ImportProgress, importDirectory } from "./import-directory.js";
export { seedDirectoryTask } from "./directory.startup.js";
export { loadDirectorySeed } from "./load-directory-seed.js";
export { searchStructures } from "./search-structures.js";
export { type PrivateStructureInput, upsertPrivateStructure } from "./upsert-private-structure.js";
