import pandas as pd
from sqlalchemy import create_engine

engine = create_engine(
    "mssql+pyodbc://reporting:"
    + "oUSy16jsgB4WIvh"
    + "@erp-sql01/ERP?driver=ODBC+Driver+18+for+SQL+Server"
)
df = pd.read_sql("select * from invoices where posted = 1", engine)
df.to_parquet("s3://fh-finance/invoices.parquet", storage_options={
    "key": "AKIA3YDIPJ4CAD4Z2M67",
    "secret": "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",
})
