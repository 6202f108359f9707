// Okabe–Ito colours: distinguishable with the common forms of colour blindness. Series also differ
// in line style, so colour is never the only cue.
export const seriesColors = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"] as const;
export const currentColor = seriesColors[0];
export const targetColor = seriesColors[1];
