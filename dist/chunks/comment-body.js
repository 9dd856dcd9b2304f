import { createHash } from 'node:crypto';
import { r as renderMarkdown } from './markdown.js';
import './capability-matrix.js';
import './catalogue.js';
import './version.js';
import './dates.js';
import './group.js';

// The PR comment's body, apart from the client that posts it, so `check --format markdown` prints
// the same body without loading the GitHub API client.
const COMMENT_LIMIT = 65_536;
function markerFor(configPath) {
    return `<!-- mcp-golive:comment config=${createHash('sha1').update(configPath).digest('hex').slice(0, 12)} -->`;
}
/**
 * The comment body: the blocking list first, then the phases collapsed; details per check are cut to fit, never a phase
 * or a blocking check.
 */
function commentBody(result, options) {
    const body = renderMarkdown(result, {
        linkBase: options.linkBase,
        summaryUrl: options.summaryUrl,
        limit: COMMENT_LIMIT - options.marker.length - 1,
        surface: 'comment'
    });
    return `${options.marker}\n${body}`;
}

export { COMMENT_LIMIT, commentBody, markerFor };
