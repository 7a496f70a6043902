// Renders a list counter in a Word numbering format (numFmt): 3 → "三", "丙", "③", "c", "iii" ….

const chineseDigits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const legalDigits = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const heavenlyStems = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'];
const earthlyBranches = ['子', '丑', '寅', '卯', '辰', '巳', '午', '未', '申', '酉', '戌', '亥'];

/** Chinese counting as Word writes it: 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五. */
export function chineseNumber(n: number, digits: string[] = chineseDigits): string {
  if (n <= 0 || n >= 10000) return String(n);
  const units = ['', '十', '百', '千'];
  const parts = String(n).split('').map(Number);
  let out = '';
  let pendingZero = false;
  parts.forEach((digit, index) => {
    const unit = units[parts.length - 1 - index] ?? '';
    if (digit === 0) {
      pendingZero = out !== '';
      return;
    }
    if (pendingZero) out += digits[0];
    pendingZero = false;
    // 十一 rather than 一十一 when ten is the leading unit.
    const spoken = digit === 1 && unit === '十' && out === '' ? '' : (digits[digit] ?? '');
    out += spoken + unit;
  });
  return out;
}

const letters = (n: number) => {
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
};

function roman(n: number): string {
  const table: Array<[number, string]> = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let rest = n;
  let out = '';
  for (const [value, symbol] of table) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}

const enclosed = (n: number, first: number, max: number) =>
  n >= 1 && n <= max ? String.fromCodePoint(first + n - 1) : String(n);

export function formatCounter(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'ideographDigital':
      return chineseNumber(n);
    case 'chineseLegalSimplified':
    case 'ideographLegalTraditional':
      return chineseNumber(n, legalDigits);
    case 'ideographTraditional':
      return heavenlyStems[(n - 1) % 10] ?? String(n);
    case 'ideographZodiac':
      return earthlyBranches[(n - 1) % 12] ?? String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
    case 'ideographEnclosedCircle':
      return enclosed(n, 0x2460, 20);
    case 'decimalEnclosedParen':
      return enclosed(n, 0x2474, 20);
    case 'decimalEnclosedFullstop':
      return enclosed(n, 0x2488, 20);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'none':
      return '';
    default:
      return String(n);
  }
}
