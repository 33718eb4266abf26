import { createContext } from 'react';

/** Which form value the surrounding `FormField` controls. */
export interface FormFieldContextValue {
  name: string;
}

export const FormFieldContext = createContext<FormFieldContextValue | null>(null);
FormFieldContext.displayName = 'DeskreeFormFieldContext';
