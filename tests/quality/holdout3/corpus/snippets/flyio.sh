#!/usr/bin/env bash
set -euo pipefail

curl -sS -H "Authorization: Bearer FlyV1 fm2_TljuzSHWlYAiJ98FsE2nN+7IVtzYFQW8kXslVemmKAUQotY0GTq1yn3Vq8YnWYXoHFVEIpU8eQalOPwfS9ns88ouioB7a1ILFODt3PwkFRU6dkjxiNBYPXk9r9NeElWN9spiN0iWu8l/Smd5QlVg5kqnQdXJKxQGdzoWHSLygxlrV4XU+IjiJW3js+XEGKlBB3odapxY6nivfpYAlLyJTArGVTh0H5K0degmZkSlUkgB3Eixoa9MXcl/VSe8eOYPb3iN8hRr48Am5da5KqU7Zf+UWQvWv5X97kkAuGyAPBnm" https://api.flyio.example/v1/me
curl -s https://api.flyio.example/v2/items -H 'X-Api-Key: fo1_I7JdZtlo4Sv1QKlkNdCNFmVisprjAB0BhxrRYyQtJdv'
export FLY_API_TOKEN="${FLY_API_TOKEN:?missing}"
export FLY_API_TOKEN="<FLYIO_API_KEY>"
