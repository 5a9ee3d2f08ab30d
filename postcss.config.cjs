/* global module */
// Mantine's PostCSS preset: light-dark(), rem(), @mixin hover/light/dark in our CSS modules.
module.exports = {
  plugins: {
    'postcss-preset-mantine': {},
  },
};
