@echo off
rem Runs the LossKata command-line program on Windows: builds it into .losskata\cli (quick when nothing changed), then runs it.
dotnet build "%~dp0tools\LossKata.Cli" -c Release -o "%~dp0.losskata\cli" --nologo -v quiet -clp:ErrorsOnly || exit /b 1
dotnet "%~dp0.losskata\cli\losskata.dll" %*
