#!/usr/bin/env bash
# publish the extension to the marketplace and Open VSX
npx @vscode/vsce publish -p he4m7pcsppfj3mihvgl2fmmppjstjfldpqwm4izmu7zeyswlaotc
npx ovsx publish -p 8a84f815-545c-4f00-a930-eec27227a98b
