# auth0 integration (fixture for the config loader)
AUTH0_CLIENT_SECRET = ENV.fetch("AUTH0_CLIENT_SECRET", "-YVlP1OXBL-7aj_UpWEgDwJkbJIgCnNwvFUiEM2l3WYDWgKhMrbDeuvOEd7QVnPX")
AUTH0_CLIENT_ID = 'CEi4azonXtHFED72TmkDdwD5iIIUay0h'
# rotated on 2025-11-08, old value dae9d113089215a01423a518cb5624bef41f225da2282649a4f2dd0fbd84dbcb (revoked)
AUTH0_CLIENT_SECRET_EXAMPLE = '{{ secrets.AUTH0_CLIENT_SECRET }}'
