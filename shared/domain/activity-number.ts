/**
 * The next free activity number in an organisation's own numbering: after
 * "PD-01" … "PD-12" comes "PD-13". The prefix and the width are those the
 * register already uses most (a DPO who numbers "AD-001" gets "AD-004");
 * a register with no numbered activity starts at "PD-01".
 */
const NUMBERED = /^(.*?)(\d+)$/;

export function nextActivityNumber(existing: Iterable<string>): string {
  const taken = new Set(existing);
  const prefixes = new Map<string, { count: number; max: number; width: number }>();
  for (const number of taken) {
    const match = NUMBERED.exec(number);
    if (!match) continue;
    const prefix = match[1] as string;
    const digits = match[2] as string;
    const entry = prefixes.get(prefix) ?? { count: 0, max: 0, width: 0 };
    entry.count += 1;
    entry.max = Math.max(entry.max, Number(digits));
    entry.width = Math.max(entry.width, digits.length);
    prefixes.set(prefix, entry);
  }
  const [prefix, scheme] = [...prefixes.entries()].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]))[0] ?? ['PD-', { max: 0, width: 2 }];
  let next = scheme.max + 1;
  let candidate = `${prefix}${String(next).padStart(scheme.width, '0')}`;
  while (taken.has(candidate)) {
    next += 1;
    candidate = `${prefix}${String(next).padStart(scheme.width, '0')}`;
  }
  return candidate;
}
