/** Fills `{{ name }}` placeholders; a placeholder without a value is a bug in the template set, so it throws. */
export function renderTemplate(template: string, values: Readonly<Record<string, string>>, templateName: string): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_whole, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`Template ${templateName} uses {{${key}}}, which the scaffold does not provide`);
    return value;
  });
}
