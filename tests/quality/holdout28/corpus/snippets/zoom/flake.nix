{
  outputs = { self, nixpkgs }: {
    devShells.x86_64-linux.default = nixpkgs.legacyPackages.x86_64-linux.mkShell {
      # zoom
      shellHook = "export TOKEN=6jskJ8N1iMrB1Uq9g6JTUkbDOrQIDU9q";
      ZOOM_CLIENT_ID = "SiKLjGmGz8n486oRPBFSxK";
      ZOOM_ACCOUNT_ID = "GlvwczU5ISDFPn3E05AGPl";
      ZOOM_CLIENT_SECRET_TRUNCATED = "6jskJ8N1iM...";
      ZOOM_CLIENT_SECRET_EXAMPLE = "{{ secrets.ZOOM_CLIENT_SECRET }}";
      ZOOM_CLIENT_SECRET_FILE = builtins.getEnv "ZOOM_CLIENT_SECRET";
    };
  };
}
