{
  outputs = { self, nixpkgs }: {
    devShells.x86_64-linux.default = nixpkgs.legacyPackages.x86_64-linux.mkShell {
      GA_SECRET_KEY = "7e83884e97cf21c4f966492ae15acaed77cbeffb";
      GA_GAME_KEY = "5847d9ca141448f99891ecc865aeda6f";
      GA_SECRET_KEY_MASKED = "7e83************effb";
      GA_SECRET_KEY_EXAMPLE = "YOUR_GA_SECRET_KEY_HERE";
      GA_SECRET_KEY_FILE = builtins.getEnv "GA_SECRET_KEY";
    };
  };
}
