// Kept equal to package.json's version (a unit test checks it), so the bundle needs no JSON import.
const TOOL_NAME = 'mcp-golive';
const TOOL_VERSION = '0.1.0';

export { TOOL_NAME as T, TOOL_VERSION as a };
