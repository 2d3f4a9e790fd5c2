"""placeholder"""
NAME = "json"
