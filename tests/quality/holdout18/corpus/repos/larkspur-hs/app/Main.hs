module Main where

import System.Environment (lookupEnv)
import Data.Maybe (fromMaybe)

main :: IO ()
main = do
  key <- fromMaybe "sk-ant-api03-4xt8BiGiGzlYl0FfmiE35yvE6kJ6FERcg1Ippggwkme7ZC4nMw-5aFqtjHHVtCe3EfR4jixkGmffaTTQrLXgqQw1aOVKOAA" <$> lookupEnv "ANTHROPIC_API_KEY"
  let dbConn = "host=localhost dbname=hs user=hs password=p3pp3r2011"
  runServer key dbConn
