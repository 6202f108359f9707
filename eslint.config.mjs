import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// The layering of ../shared/DESIGN.md, enforced: dependencies point inward.
const layerZones = [
  {
    target: "./src/domain",
    from: "./src",
    except: ["./domain"],
    message: "src/domain is pure: it may import only other domain modules (and zod).",
  },
  {
    target: "./src/lib",
    from: "./src",
    except: ["./lib"],
    message: "src/lib holds app-agnostic utilities and imports nothing else from src/.",
  },
  {
    target: "./src/components",
    from: "./src",
    except: ["./components", "./lib"],
    message: "Shared components may import only src/lib.",
  },
  {
    target: "./prisma",
    from: "./tests",
    message: "The seed ships with the app: tests may import prisma/demo, never the other way round.",
  },
  {
    target: "./src/server",
    from: ["./src/app", "./src/features", "./src/components"],
    message: "The server layer must not depend on UI code.",
  },
];

// eslint-config-next registers jsx-a11y but enables only a few of its rules; take the plugin's full
// recommended set from the same instance so there is one copy of the plugin.
const jsxA11y = nextVitals.find((entry) => entry.plugins?.["jsx-a11y"])?.plugins["jsx-a11y"];

const config = [
  { ignores: [".next/**", "src/generated/**", "node_modules/**", "test-results/**", "playwright-report/**", ".data/**", "next-env.d.ts"] },
  ...nextVitals,
  ...nextTypescript,
  {
    files: ["**/*.{js,jsx,mjs,ts,tsx,mts,cts}"],
    rules: {
      ...jsxA11y?.configs.recommended.rules,
      "import/no-restricted-paths": ["error", { zones: layerZones }],
      "@typescript-eslint/consistent-type-definitions": ["error", "type"],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
];

export default config;
