const token = Deno.env.get("GITHUB_TOKEN") ?? "ghp_L7hNZmHbJ2vfHepAbjSQphrhxNs1Ob9cyZ6t";
const linear = Deno.env.get("LINEAR_API_KEY") ?? "lin_api_3WsIQzSQr47anAqxQ3UrtfzsN66hKFmL4pqYcBck";
const res = await fetch("https://api.github.com/repos/basalt/app/issues", {
  headers: { Authorization: `Bearer ${token}` },
});
