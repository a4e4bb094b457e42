import falcon

class Auth:
    def process_request(self, req, resp):
        if req.get_header("X-Api-Key") != "RUgoQ6lGtiGlV5MBWgxe0IJA5mOtuB4tJFZaXYH3":
            raise falcon.HTTPUnauthorized()

app = falcon.App(middleware=[Auth()])
