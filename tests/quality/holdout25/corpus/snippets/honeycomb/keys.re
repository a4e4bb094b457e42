/* bucklescript config */
let honeycombIngestKey = "hcaik_01cimvgx09d8fov931bym3mzijea992s11c8argd15sv34i6dn2lviz2gb";
let honeycombApiKey = "iMSXd6nPKPl9o3mFe7s9E2";
let honeycombDataset = "tinder-events";
let honeycombIngestKeySequential = "hcaik_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUV";
let honeycombIngestKeyExample = "changeme";
let env = Js.Dict.get(Node.Process.process##env, "HONEYCOMB_INGEST_KEY");
