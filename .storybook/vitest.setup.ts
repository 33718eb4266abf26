import * as a11yAddonAnnotations from '@storybook/addon-a11y/preview';
import { setProjectAnnotations } from '@storybook/react-vite';
import * as projectAnnotations from './preview';

// Story tests run outside Storybook's UI, so the preview (decorators, globals, a11y settings)
// has to be applied explicitly, with the a11y addon's annotations that run axe after each story.
setProjectAnnotations([a11yAddonAnnotations, projectAnnotations]);
