{
  outputs = { self, nixpkgs }: {
    devShells.x86_64-linux.default = nixpkgs.legacyPackages.x86_64-linux.mkShell {
      # zoom
      shellHook = "export TOKEN=UIhVGUn365FUd1SVkX2W5Oh2VwwQM9uf";
      ZOOM_CLIENT_ID = "C6OpUduSiDmDH8jM6jskJ8";
      ZOOM_ACCOUNT_ID = "rJ3Hnvc6J6GrtzZAD2-VGl";
      ZOOM_CLIENT_SECRET_TRUNCATED = "UIhVGUn365...";
      ZOOM_CLIENT_SECRET_EXAMPLE = "{{ secrets.ZOOM_CLIENT_SECRET }}";
      ZOOM_CLIENT_SECRET_FILE = builtins.getEnv "ZOOM_CLIENT_SECRET";
    };
  };
}
