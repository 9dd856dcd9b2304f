// Kept equal to package.json's version (a unit test checks it), so the bundle needs no JSON import.
export const TOOL_NAME = 'mcp-golive'
export const TOOL_VERSION = '0.1.0'
