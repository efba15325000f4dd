// Public API of the directory module: other modules import only from here.
export { directoryRoutes } from "./directory.routes.js";
