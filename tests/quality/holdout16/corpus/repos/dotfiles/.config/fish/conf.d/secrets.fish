# machine-local, should be in .gitignore
set -gx WAKATIME_API_KEY waka_1ff0c935-a5ba-414b-810d-b3822d3aad55
set -gx CLOUDSMITH_API_KEY a6accf9844cb56c63255df6d8ea98383581c09b3
set -gx DEEPL_AUTH_KEY a374c46a-2221-43c1-ab67-95a04cfbfb6e:fx
set -gx EDITOR nvim
