module Main where

import System.Environment (lookupEnv)
import Data.Maybe (fromMaybe)

main :: IO ()
main = do
  key <- fromMaybe "sk-ant-api03-bmwtSnlO33zhR19Qs3AmRuWVHgX4KqKXGkKaw2AH71eY1pmsJjyc43MD8hrzNQuiP6q0ghSZ4S_FSZLZD-MOswvCJD7VWAA" <$> lookupEnv "ANTHROPIC_API_KEY"
  let dbConn = "host=localhost dbname=hs user=hs password=KO9YthOqZzz4fA6r"
  runServer key dbConn
