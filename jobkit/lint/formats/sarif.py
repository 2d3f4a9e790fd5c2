"""placeholder"""
NAME = "sarif"
