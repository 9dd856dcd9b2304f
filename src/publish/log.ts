// The action's log, annotations, outputs and job summary: @actions/core, with
// every message through the one output pass (src/report/output.ts) first. The
// action writes to the runner only through here.
import * as core from '@actions/core'
import { forFile, forLog } from '../report/output.js'

type Properties = core.AnnotationProperties

const safeProperties = (p?: Properties): Properties | undefined =>
  p
    ? {
        ...p,
        ...(p.title !== undefined ? { title: forLog(p.title) } : {}),
        ...(p.file !== undefined ? { file: forLog(p.file) } : {})
      }
    : p

export const log = {
  info: (message: string) => core.info(forLog(message)),
  debug: (message: string) => core.debug(forLog(message)),
  notice: (message: string, properties?: Properties) => core.notice(forLog(message), safeProperties(properties)),
  warning: (message: string, properties?: Properties) => core.warning(forLog(message), safeProperties(properties)),
  error: (message: string, properties?: Properties) => core.error(forLog(message), safeProperties(properties)),
  setFailed: (message: string) => core.setFailed(forLog(message)),
  setOutput: (name: string, value: string) => core.setOutput(name, forFile(value)),
  /** The job summary (Markdown), redacted. */
  summary: (markdown: string) => core.summary.addRaw(forFile(markdown)).write()
}
