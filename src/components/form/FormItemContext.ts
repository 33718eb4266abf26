import { createContext } from 'react';

/** Ids shared by the parts of one field, plus whether a description is actually rendered. */
export interface FormItemContextValue {
  id: string;
  hasDescription: boolean;
  /** Called by `FormDescription` on mount; returns the unregister function. */
  registerDescription: () => () => void;
}

export const FormItemContext = createContext<FormItemContextValue | null>(null);
FormItemContext.displayName = 'DeskreeFormItemContext';
