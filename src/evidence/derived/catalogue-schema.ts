// The schema of a capability catalogue entry (catalogue/*.yaml). Only the tests load it: they
// validate every built-in entry, so the gate does not build and run it at every start.
import { z } from 'zod'
import { CHANNEL_KINDS, LEGS } from './catalogue.js'

const name = z.string().min(1).max(200)

export const catalogueEntrySchema = z
  .strictObject({
    package: name.describe(
      'The package as its manifest names it (npm name, PyPI distribution, NuGet id, Go module path, Maven group:artifact).'
    ),
    imports: z
      .array(name)
      .min(1)
      .max(20)
      .optional()
      .describe(
        'The names code imports it by (module, namespace, import path or Java package; a name matches its sub-modules too). Default: the package name.'
      ),
    types: z
      .array(name)
      .max(30)
      .optional()
      .describe('Identifiers that tell a use of it where an import binds no name (a C# `using`).'),
    legs: z.array(z.enum(LEGS)).max(3).describe('The legs any use of it in a tool raises.'),
    send: z
      .array(name)
      .max(30)
      .optional()
      .describe(
        'Methods that send data out: calling one raises external communication. For a package that lists its reads (a browser), only when given what the tool’s caller wrote; one that also reads runs its first argument.'
      ),
    read: z
      .array(name)
      .max(60)
      .optional()
      .describe(
        'Methods that read data back whose words do not say so (`lpop`, `keys`): they hold the read legs. A package with no private-data leg that lists them (a browser) reads only through them: its other calls act.'
      ),
    write: z
      .array(name)
      .max(60)
      .optional()
      .describe('Methods that only write whose words do not say so: a tool calling only these holds no read leg.'),
    kind: z.enum(CHANNEL_KINDS).optional().describe('What kind of outbound channel it is.'),
    content: z
      .array(name)
      .max(30)
      .optional()
      .describe(
        'The objects whose reads return text others write (`message`, `issue`), by a word of the call or of the function around it: a read of another object holds private data only. Default: every read holds both.'
      ),
    reason: z.string().min(1).max(200).describe('One line: why it has these legs.'),
    hosts: z
      .array(name)
      .max(10)
      .optional()
      .describe(
        'The API hosts its SDK talks to: a plain HTTP call there reaches the same (`*.x.com` for its subdomains).'
      ),
    example: z.string().min(1).max(300).optional().describe('An import line as real code writes it.')
  })
  .refine((e) => !(e.legs.includes('externalCommunication') || e.send?.length) || e.kind !== undefined, {
    message: 'an entry that sends needs a kind (send, llm or generic-http)',
    path: ['kind']
  })
