"""placeholder"""
NAME = "rdjson"
