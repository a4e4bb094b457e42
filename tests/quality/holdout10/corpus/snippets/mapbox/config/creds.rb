Creds = Struct.new(:name, :value)
CREDS = [
  Creds.new("mapbox_secret_token", "sk.eyJ1IjoiYWNtZSIsImEiOiJtSeAsT5O7BVItXruZQ_qJ9.6VEKhlUsr2VFbdckOFKguG"),
  Creds.new("mapbox_public", "pk.eyJ1IjoiYWNtZSIsImEiOiJLAX2h5fqFuZ4a5kehgjfJ9.mJz52zJxXtOz5ivXwEdTqv"),
  Creds.new("mapbox_style", "mapbox://styles/acme/mbmhj0pj2lx7u94dft0cosfx9"),
]
