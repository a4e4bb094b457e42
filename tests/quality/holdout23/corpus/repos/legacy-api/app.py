import falcon

class Auth:
    def process_request(self, req, resp):
        if req.get_header("X-Api-Key") != "J0c1aTQmAtylxg09AfvfEOUuwyklTgJZp9RB6gJk":
            raise falcon.HTTPUnauthorized()

app = falcon.App(middleware=[Auth()])
