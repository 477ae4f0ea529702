/**
 * Folds Vietnamese text to a comparison key: lowercase, tone and vowel marks removed, đ → d,
 * whitespace collapsed and trimmed. "Thành phố  Hà Nội" → "thanh pho ha noi".
 *
 * Used wherever people type the same word with or without accents (headers of official lists,
 * search boxes): officials often type without diacritics, or with a different Unicode
 * composition (precomposed "ế" vs "e" + combining marks), and both must match.
 */
export function foldVietnamese(text: string): string {
  return (
    text
      // NFD splits every precomposed letter into base + combining marks, so one regex removes
      // tones (à á ả ã ạ) and vowel modifiers (â ă ê ô ơ ư) whatever the input composition.
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      // đ has no decomposition. U+00D0 (Icelandic Eth) is a common look-alike typed for Đ by
      // old Vietnamese keyboard encodings.
      .replace(/[đĐ\u00d0]/g, 'd')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim()
  );
}
