export interface Env {
  UPSTREAM: string;
}

const MAPBOX = "sk.eyJ1IjoiYnJhY2tlbmZpZWxkIiwiYSI6IFw2sCU_K4NLAeFHremv-.WlLd0LnUB96UlyTBOb4fSx";
const MAPBOX_PUBLIC = "pk.eyJ1IjoiYnJhY2tlbmZpZWxkIiwiYSI6IpPGWUmrmRkTHOLGkbxqj.-f_DK6mn67WuvsjWOX6bGo";

export default {
  async fetch(req: Request, env: Env): Promise<Response> {
    const url = new URL(req.url);
    url.searchParams.set("access_token", MAPBOX);
    return fetch(url.toString());
  },
};
