import marimo

app = marimo.App()


@app.cell
def _():
    import duckdb
    con = duckdb.connect("md:assay?motherduck_token=D_Afp0kHqjhr0nG9ErW4lbn2TApktH6vkKXM_yfliZHXUziA")
    return (con,)


@app.cell
def _(con):
    con.sql("CREATE SECRET gcs (TYPE gcs, KEY_ID 'GOOG1EI6W6BDAZ7BDS6GKJZ9C1DDI62XJIUWI11GAFFIJXGDSQB0XIEIRGTOA', SECRET 'cB5tItXps3WDQWuOR1Zu9PASRQ7vDvR20Akpb0dc')")
    return
