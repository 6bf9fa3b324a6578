/** An Indonesian mobile number as wa.me and SMS want it (62…), or null when it is not one. */
export function normalisePhone(contact: string | null): string | null {
  const digits = (contact ?? '').trim().replace(/[\s().-]/g, '');
  if (/^\+?62\d{8,13}$/.test(digits)) return digits.replace('+', '');
  if (/^08\d{8,12}$/.test(digits)) return `62${digits.slice(1)}`;
  return null;
}

/** `https://wa.me/62…?text=…`: opens a chat with the text filled in. */
export function whatsappLink(phone: string, text: string): string {
  return `https://wa.me/${phone}?text=${encodeURIComponent(text)}`;
}
