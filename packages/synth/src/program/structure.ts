import { questionnairesOf, repeatsOf, type BuiltActivity, type Instrument, type RecordType, type SynthesisPlan } from '@dh/core';

/** Where a record type's records come from in a synthesis. */
export interface RecordOrigin {
  readonly recordType: RecordType;
  readonly origin: 'sample' | 'repeat' | 'follow-on';
  /** The record type of the parent row (repeat) or of the row it was made from (follow-on). */
  readonly parent?: string;
  /** The questionnaire whose top level produces it (sample units and follow-ons); none for a declared record type. */
  readonly instrument?: Instrument;
}

/** How the record types of an activity nest under its synthesis plan, in generation order. */
export function recordOrigins(built: BuiltActivity, plan: SynthesisPlan): Map<string, RecordOrigin> {
  const types = new Map(built.recordTypes.map((rt) => [rt.name, rt]));
  const origins = new Map<string, RecordOrigin>();
  const questionnaires = questionnairesOf(built.instruments);
  const addInstrument = (recordType: string, origin: 'sample' | 'follow-on', parent?: string): void => {
    const instrument = questionnaires.find((i) => i.recordType === recordType);
    const rt = types.get(recordType);
    if (!rt) return;
    origins.set(recordType, { recordType: rt, origin, ...(instrument && { instrument }), ...(parent !== undefined && { parent }) });
    if (instrument) addRepeats(instrument, instrument.recordType);
  };
  const addRepeats = (instrument: Instrument, parent: string): void => {
    for (const repeat of repeatsOf(instrument)) {
      const rt = types.get(repeat.recordType);
      if (rt)
        origins.set(repeat.recordType, {
          recordType: rt,
          origin: 'repeat',
          parent: parentOfRepeat(instrument, repeat.recordType) ?? parent,
        });
    }
  };
  addInstrument(plan.sample.recordType, 'sample');
  for (const followOn of plan.followOns) addInstrument(followOn.recordType, 'follow-on', followOn.from);
  return origins;
}

/** The record type a repeat's rows belong to: the nearest enclosing repeat's, or the instrument's. */
function parentOfRepeat(instrument: Instrument, recordType: string): string | undefined {
  let found: string | undefined;
  const visit = (nodes: Instrument['children'], parent: string): void => {
    for (const node of nodes) {
      if (node.kind === 'question') continue;
      if (node.kind === 'repeat' && node.recordType === recordType) found = parent;
      visit(node.children, node.kind === 'repeat' ? node.recordType : parent);
    }
  };
  visit(instrument.children, instrument.recordType);
  return found;
}

/** The record types a record of this type descends from, nearest first. */
export function ancestorsOf(origins: ReadonlyMap<string, RecordOrigin>, recordType: string): string[] {
  const out: string[] = [];
  let parent = origins.get(recordType)?.parent;
  while (parent !== undefined && !out.includes(parent)) {
    out.push(parent);
    parent = origins.get(parent)?.parent;
  }
  return out;
}
