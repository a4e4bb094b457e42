import { defineConfig } from "astro/config";
import contentful from "./integrations/contentful.mjs";

export default defineConfig({
  site: "https://larchwood.dev",
  integrations: [
    contentful({
      space: "2pd9gfwow65q",
      deliveryToken: "AKJqFIBZCUGWndTCZwB_M84WgfvSvC9KSOclysgYSYg",
      managementToken:
        process.env.CONTENTFUL_MANAGEMENT_TOKEN ||
        "CFPAT-w64wm486TIe7bphvi2mWXKRhOOoSBGAROd_MdteuooN",
    }),
  ],
});
