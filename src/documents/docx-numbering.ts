// Word's automatic numbering ("一、", "（一）", "1." typed by Word, not by the author) rebuilt from numbering.xml,
// because the text of a .docx does not contain it and plan parsing depends on it.
import { formatCounter } from './number-format';

interface LevelDefinition {
  format: string;
  text: string;
  start: number;
}

interface NumberingInstance {
  abstractNumId: string;
  startOverrides: Map<number, number>;
}

export interface NumberingDefinitions {
  levels: Map<string, Map<number, LevelDefinition>>;
  instances: Map<string, NumberingInstance>;
}

/** A numbered paragraph as written in document.xml: which list (numId) and which level. */
export interface NumberedParagraph {
  numId: string;
  level: number;
}

const attribute = (xml: string, tag: string): string | null => {
  const match = new RegExp(`<w:${tag}\\b[^>]*\\bw:val="([^"]*)"`).exec(xml);
  return match ? unescapeXml(match[1] ?? '') : null;
};

const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&amp;/g, '&');

export function readNumberingDefinitions(numberingXml: string): NumberingDefinitions {
  const levels = new Map<string, Map<number, LevelDefinition>>();
  for (const abstract of numberingXml.matchAll(
    /<w:abstractNum\b[^>]*\bw:abstractNumId="([^"]+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g,
  )) {
    const byLevel = new Map<number, LevelDefinition>();
    for (const level of (abstract[2] ?? '').matchAll(
      /<w:lvl\b[^>]*\bw:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g,
    )) {
      const body = level[2] ?? '';
      byLevel.set(Number(level[1]), {
        format: attribute(body, 'numFmt') ?? 'decimal',
        text: attribute(body, 'lvlText') ?? '',
        start: Number(attribute(body, 'start') ?? '1'),
      });
    }
    levels.set(abstract[1] ?? '', byLevel);
  }
  const instances = new Map<string, NumberingInstance>();
  for (const num of numberingXml.matchAll(
    /<w:num\b[^>]*\bw:numId="([^"]+)"[^>]*>([\s\S]*?)<\/w:num>/g,
  )) {
    const body = num[2] ?? '';
    const startOverrides = new Map<number, number>();
    for (const override of body.matchAll(
      /<w:lvlOverride\b[^>]*\bw:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/g,
    )) {
      const start = attribute(override[2] ?? '', 'startOverride');
      if (start !== null) startOverrides.set(Number(override[1]), Number(start));
    }
    instances.set(num[1] ?? '', {
      abstractNumId: attribute(body, 'abstractNumId') ?? '',
      startOverrides,
    });
  }
  return { levels, instances };
}

/** The numbered paragraphs of document.xml in document order (numId 0 means "numbering removed"). */
export function readNumberedParagraphs(
  documentXml: string,
  definitions: NumberingDefinitions,
): NumberedParagraph[] {
  // Tracked-change records hold the old paragraph properties; they are not shown.
  const shown = documentXml.replace(/<w:pPrChange\b[\s\S]*?<\/w:pPrChange>/g, '');
  const paragraphs: NumberedParagraph[] = [];
  for (const numPr of shown.matchAll(/<w:numPr>([\s\S]*?)<\/w:numPr>/g)) {
    const body = numPr[1] ?? '';
    const numId = attribute(body, 'numId');
    const level = Number(attribute(body, 'ilvl') ?? '0');
    const instance = numId === null ? undefined : definitions.instances.get(numId);
    if (numId === null || !instance) continue;
    if (!definitions.levels.get(instance.abstractNumId)?.has(level)) continue;
    paragraphs.push({ numId, level });
  }
  return paragraphs;
}

/** Counts list items the way Word does and renders each item's label from its level text ("%1、"). */
export class NumberingCounter {
  private readonly counters = new Map<string, number[]>();

  constructor(private readonly definitions: NumberingDefinitions) {}

  label(paragraph: NumberedParagraph): string {
    const instance = this.definitions.instances.get(paragraph.numId);
    const levels = instance ? this.definitions.levels.get(instance.abstractNumId) : undefined;
    if (!instance || !levels) return '';
    // Lists sharing a definition continue each other's count unless one restarts it (startOverride).
    const listKey =
      instance.startOverrides.size > 0
        ? `num:${paragraph.numId}`
        : `abstract:${instance.abstractNumId}`;
    const startOf = (level: number) =>
      instance.startOverrides.get(level) ?? levels.get(level)?.start ?? 1;
    const counts = this.counters.get(listKey) ?? [];
    const current = counts[paragraph.level];
    counts[paragraph.level] = current === undefined ? startOf(paragraph.level) : current + 1;
    counts.length = paragraph.level + 1;
    this.counters.set(listKey, counts);

    const definition = levels.get(paragraph.level);
    if (!definition || definition.format === 'bullet') return '';
    return definition.text.replace(/%([1-9])/g, (_, digit: string) => {
      const level = Number(digit) - 1;
      const count = counts[level] ?? startOf(level);
      return formatCounter(count, levels.get(level)?.format ?? 'decimal');
    });
  }
}

/** Labels by the usual numbering of Chinese official documents (GB/T 9704): 一、 （一） 1. （1）. */
export class ConventionalCounter {
  private readonly counts: number[] = [];

  label(level: number): string {
    const depth = Math.min(Math.max(level, 0), 3);
    this.counts[depth] = (this.counts[depth] ?? 0) + 1;
    this.counts.length = depth + 1;
    const n = this.counts[depth] ?? 1;
    const labels = [
      `${formatCounter(n, 'chineseCounting')}、`,
      `（${formatCounter(n, 'chineseCounting')}）`,
      `${n}.`,
      `（${n}）`,
    ];
    return labels[depth] ?? `${n}.`;
  }
}
