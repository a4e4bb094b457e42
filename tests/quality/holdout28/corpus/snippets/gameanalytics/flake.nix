{
  outputs = { self, nixpkgs }: {
    devShells.x86_64-linux.default = nixpkgs.legacyPackages.x86_64-linux.mkShell {
      GA_SECRET_KEY = "21c4f966492ae15acaed77cbeffb5847d9ca1414";
      GA_GAME_KEY = "48f99891ecc865aeda6f08bb42b951cc";
      GA_SECRET_KEY_MASKED = "21c4************1414";
      GA_SECRET_KEY_EXAMPLE = "YOUR_GA_SECRET_KEY_HERE";
      GA_SECRET_KEY_FILE = builtins.getEnv "GA_SECRET_KEY";
    };
  };
}
