import '@mantine/core/styles.css';
import { Alert, Badge, MantineProvider, createTheme, type CSSVariablesResolver } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';

// shade 8 for colours and a darker "dimmed": every text meets WCAG AA contrast (axe runs in the tests)
const theme = createTheme({ primaryColor: 'indigo', primaryShade: { light: 8, dark: 5 }, defaultRadius: 'sm',
  autoContrast: true,
  components: {
    Alert: Alert.extend({ styles: { title: { color: 'var(--mantine-color-text)' } } }),
    Badge: Badge.extend({ defaultProps: { variant: 'light' }, styles: { root: { textTransform: 'none' } } }),
  },
});
const LIGHT_COLORS = ['teal', 'orange', 'red', 'blue', 'grape', 'gray', 'indigo', 'green', 'yellow'];
const resolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    // text of light badges and alerts darker than Mantine's default (shade 9 on shade 1 is about 4.5:1, short of AA for small text)
    ...Object.fromEntries(LIGHT_COLORS.map((c) => [`--mantine-color-${c}-light-color`, `color-mix(in srgb, var(--mantine-color-${c}-9) 70%, black)`])),
  },
  dark: {},
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={resolver}>
      <App />
    </MantineProvider>
  </StrictMode>,
);
