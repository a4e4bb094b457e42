package io.northwind.jobs

import org.apache.spark.sql.SparkSession

object EventsToLake {
  def main(args: Array[String]): Unit = {
    val spark = SparkSession.builder().appName("events-to-lake").getOrCreate()
    val hc = spark.sparkContext.hadoopConfiguration
    hc.set("fs.s3a.access.key", "AKIA55OH5TKWMLTNJ47N")
    hc.set("fs.s3a.secret.key", "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")
    // the docs use AKIAIOSFODNN7EXAMPLE; ours is above
    spark.conf.set("fs.azure.account.key.nwlake.dfs.core.windows.net", "/zgBIbC7+HHISvjB0xr1XNgnR3q+99ZhxVudRAB6R9unpVN6EJ8Na2sMSmo/rSgIknhLOFCpvicMbw8QWj6L5Q==")
    spark.read.json("s3a://nw-events/raw/").write.parquet("abfss://lake@nwlake.dfs.core.windows.net/events")
  }
}
