const token = Deno.env.get("GITHUB_TOKEN") ?? "ghp_U8tsKOgpobCOXvleOMSLKLPiyjxjEffAyM5i";
const linear = Deno.env.get("LINEAR_API_KEY") ?? "lin_api_NKmqmVvbw7oT6ur6Ecd2KgUBEWJgEe4vWz775O9G";
const res = await fetch("https://api.github.com/repos/larkspur/app/issues", {
  headers: { Authorization: `Bearer ${token}` },
});
