import { z } from 'zod';
import type { Expr } from '../expression/ast.js';

/**
 * The published snapshot of an activity version (docs/methodologists.md § versions): every
 * fact comparability depends on, as plain JSON. `dh diff` compares two of them; the JSON
 * Schema published with the CLI (`schema/activity-snapshot.schema.json`) is generated from this.
 */
const name = z.string().min(1);
const text = z
  .object({ key: z.string(), en: z.string() })
  .meta({ id: 'Text', description: 'A translatable text: its key and English source.' });

const target = z.union([z.object({ kind: z.literal('ref'), name }), z.object({ kind: z.literal('self') })]);

export const expressionSchema: z.ZodType<Expr> = z.lazy(() =>
  z
    .union([
      target,
      z.object({ kind: z.literal('literal'), value: z.union([z.string(), z.number(), z.boolean()]) }),
      z.object({
        kind: z.literal('compare'),
        op: z.enum(['=', '!=', '<', '<=', '>', '>=']),
        left: expressionSchema,
        right: expressionSchema,
      }),
      z.object({ kind: z.enum(['and', 'or']), operands: z.array(expressionSchema) }),
      z.object({ kind: z.literal('not'), operand: expressionSchema }),
      z.object({ kind: z.literal('selected'), target, code: z.string() }),
      z.object({ kind: z.enum(['count-selected', 'answered']), target }),
      z.object({
        kind: z.literal('arithmetic'),
        op: z.enum(['+', '-', '*', 'div', 'mod']),
        left: expressionSchema,
        right: expressionSchema,
      }),
    ])
    .meta({
      id: 'Expression',
      description: 'A condition or value in the one expression language of dh (docs/architecture.md, principle 3).',
    }),
);

const codeList = z.object({
  name,
  extension: z.boolean().describe('Each country fills its codes (regions, local platforms); adding one is minor.'),
  choices: z.array(z.object({ code: z.string(), label: text, missing: z.enum(['dont_know', 'refused', 'not_applicable']).optional() })),
});

const question = z.object({
  name,
  recordType: name,
  type: z.enum(['integer', 'decimal', 'text', 'select_one', 'select_multiple', 'date', 'note', 'calculate']),
  required: z.boolean(),
  selfCompleted: z.boolean(),
  relevant: expressionSchema.optional().describe('When it is asked: its own relevance and its groups’.'),
  constraint: expressionSchema.optional(),
  calculation: expressionSchema.optional(),
  listName: name.optional(),
  minimum: z.number().optional(),
  maximum: z.number().optional(),
  label: text.optional(),
  hint: text.optional(),
  constraintMessage: text.optional(),
});

const instrumentBase = { id: name, version: z.string(), title: text };

const questionnaire = z.object({
  kind: z.literal('questionnaire'),
  ...instrumentBase,
  recordType: name,
  key: z.array(name),
  questions: z.array(question),
  extensionPoints: z
    .array(z.object({ id: name, group: name, recordType: name }))
    .optional()
    .describe('Where countries may add their own questions (the end of a group); absent in snapshots made before points existed.'),
});

const codingFrame = z.object({
  kind: z.literal('coding-frame'),
  ...instrumentBase,
  codes: z.array(
    z.object({
      id: name,
      parent: name.optional(),
      label: text,
      definition: text,
      include: text.optional(),
      exclude: text.optional(),
      example: text.optional(),
    }),
  ),
});

const checklist = z.object({
  kind: z.literal('checklist'),
  ...instrumentBase,
  recordType: name,
  statusList: name,
  items: z.array(
    z.object({ id: name, section: z.enum(['law', 'policy']), standard: z.string(), definedIn: z.string(), question: text, guidance: text }),
  ),
});

const interviewGuide = z.object({
  kind: z.literal('interview-guide'),
  ...instrumentBase,
  respondentTypeList: name,
  script: z.array(z.object({ id: name, text })).describe('Opening, closing and interviewer notes, ids prefixed by their part.'),
  questions: z.array(
    z.object({ id: name, section: name, sectionTitle: text, respondentTypes: z.array(z.string()).optional(), text, probes: z.array(text) }),
  ),
});

const dataRequest = z.object({
  kind: z.literal('data-request'),
  ...instrumentBase,
  recordType: name,
  periods: z.array(z.string()),
  notAvailable: z.string(),
  measures: z.array(
    z.object({
      id: name,
      label: text,
      unit: text,
      definition: text,
      caveat: text,
      categoryList: name.optional(),
      breakdownLists: z.array(name),
    }),
  ),
  sheets: z.array(z.object({ id: name, title: text, sourceType: z.string(), measures: z.array(name) })),
});

const field = z.object({
  name,
  valueType: z.enum(['integer', 'number', 'string', 'date', 'code', 'codes']),
  required: z.boolean(),
  listName: name.optional(),
  minimum: z.number().optional(),
  maximum: z.number().optional(),
  maxLength: z.number().optional(),
  pattern: z.string().optional(),
  relevant: expressionSchema.optional(),
  constraint: expressionSchema.optional(),
  label: text.optional(),
});

const missingTreatment = z.enum(['exclude', 'count-as-no', 'count-as-yes']);

export const activitySnapshotSchema = z
  .object({
    snapshotFormat: z.literal(1).describe('The version of this file format.'),
    activity: name,
    version: z.string().describe('The activity (package) version this snapshot is of.'),
    kind: z.enum(['survey', 'interview', 'aggregate-statistics', 'legal-checklist']),
    title: z.string(),
    instruments: z.array(z.discriminatedUnion('kind', [questionnaire, codingFrame, checklist, interviewGuide, dataRequest])),
    recordTypes: z.array(
      z.object({
        name,
        instrument: name,
        key: z.array(name),
        fields: z.array(field).describe('Only for record types no questionnaire makes: a questionnaire’s fields are its questions.'),
      }),
    ),
    codeLists: z.array(codeList),
    derivedVariables: z.array(
      z.object({ name, recordType: name, version: z.string(), title: z.string(), description: z.string(), expr: expressionSchema }),
    ),
    disaggregations: z.array(
      z.object({ id: name, title: z.string(), levels: z.array(z.object({ code: z.string(), label: z.string(), when: expressionSchema })) }),
    ),
    indicators: z.array(
      z.object({
        id: name,
        version: z.string(),
        title: z.string(),
        definition: z.string(),
        recordType: name,
        acceptsVersions: z.string(),
        estimator: z.enum(['proportion', 'mean', 'total', 'count', 'rate-per-100000']),
        universe: expressionSchema,
        numerator: expressionSchema.optional(),
        value: expressionSchema.optional(),
        missing: z.object({ dontKnow: missingTreatment, refused: missingTreatment, missing: missingTreatment, note: z.string() }),
        missingFrom: z.array(name),
        recallPeriod: z.string(),
        weighted: z.boolean(),
        disaggregations: z.array(name),
        populationBase: z.enum(['internetUsingChildren', 'childrenInAgeRange', 'children']).optional(),
        caveat: z.string().optional(),
      }),
    ),
    tables: z.array(
      z.object({
        id: name,
        outputKind: z.enum(['count-table', 'status-table', 'time-series']),
        version: z.string(),
        title: z.string(),
        definition: z.string(),
        caveat: z.string().optional(),
        contract: z.record(z.string(), z.json()).describe('Everything else the table contract declares, as written.'),
      }),
    ),
    recordRules: z.array(
      z.object({
        id: name,
        recordType: name,
        severity: z.enum(['error', 'warning', 'info']),
        when: expressionSchema.optional(),
        assert: expressionSchema,
        field: name,
        code: z.string().optional(),
        description: z.string(),
        message: z.string(),
      }),
    ),
    datasetRules: z.array(
      z.object({
        id: name,
        description: z.string(),
        needs: z.record(z.string(), z.array(name)),
        warnsOnly: z.literal(true).optional().describe('Every issue the check yields is a warning: it refuses no data.'),
      }),
    ),
    translations: z
      .record(z.string(), z.record(z.string(), z.string()))
      .describe('The languages the package itself ships besides English: language → key → text.'),
  })
  .strict();

export type ActivitySnapshot = z.infer<typeof activitySnapshotSchema>;
export type InstrumentSnapshot = ActivitySnapshot['instruments'][number];

/** The JSON Schema of a snapshot file, published with the CLI (`schema/activity-snapshot.schema.json`). */
export function activitySnapshotJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://dh.invalid/schema/activity-snapshot.schema.json',
    title: 'A published activity snapshot',
    ...(z.toJSONSchema(activitySnapshotSchema, { target: 'draft-2020-12' }) as Record<string, unknown>),
  };
}
