@echo off
rem Wijkwijzer launcher for Windows: finds a JDK 21+, builds the generator when needed, runs it.
rem   wijkwijzer.cmd build      build content\ into site\
rem   wijkwijzer.cmd test       run the whole test suite
setlocal EnableDelayedExpansion
set "ROOT=%~dp0"
if "%ROOT:~-1%"=="\" set "ROOT=%ROOT:~0,-1%"

set "FOUND="
if defined JAVA_HOME call :tryjdk "%JAVA_HOME%"
if not defined FOUND for /d %%D in ("%ProgramFiles%\Eclipse Adoptium\jdk-*" "%ProgramFiles%\Java\jdk-*" "%ProgramFiles%\Microsoft\jdk-*" "%ProgramFiles%\Zulu\zulu-*" "%ProgramFiles%\Amazon Corretto\jdk*") do (
  if not defined FOUND call :tryjdk "%%~fD"
)
if not defined FOUND (
  echo wijkwijzer: geen Java 21 of nieuwer gevonden. 1>&2
  echo Installeer een JDK 21+, bijvoorbeeld Eclipse Temurin 21 van adoptium.net, en zet JAVA_HOME. 1>&2
  exit /b 2
)
set "JAVA_HOME=%FOUND%"

if /i "%~1"=="test" (
  shift
  call "%ROOT%\mvnw.cmd" -B verify
  exit /b !ERRORLEVEL!
)

set "JAR=%ROOT%\generator\target\wijkwijzer.jar"
set "STALE=0"
if not exist "%JAR%" set "STALE=1"
if "%STALE%"=="0" (
  rem Rebuild when a source or pom is newer than the jar (PowerShell ships with every supported Windows).
  powershell -NoProfile -Command "$j=(Get-Item -LiteralPath '%JAR%').LastWriteTime; if (Get-ChildItem -Recurse -File -LiteralPath '%ROOT%\generator\src\main','%ROOT%\generator\pom.xml','%ROOT%\pom.xml' | Where-Object { $_.LastWriteTime -gt $j } | Select-Object -First 1) { exit 1 } else { exit 0 }" >nul 2>&1
  if errorlevel 1 set "STALE=1"
)
if "%STALE%"=="1" (
  echo wijkwijzer: generator wordt gebouwd ^(eenmalig^)... 1>&2
  pushd "%ROOT%"
  call mvnw.cmd -B -q -DskipTests package
  set "RC=!ERRORLEVEL!"
  popd
  if not "!RC!"=="0" ( echo wijkwijzer: bouwen van de generator is mislukt. 1>&2 & exit /b 2 )
)
rem One-off builds and checks below 20,000 cases: the quick compiler only; from there a smaller young
rem generation (see bin\corpus-flags.sh).
set "CORPUSFLAGS="
if /i "%~1"=="build" call :corpusflags %*
if /i "%~1"=="check" call :corpusflags %*
rem Every JVM option lives in bin\jvm.options (a java argument file), shared with ./wijkwijzer and the benchmark.
"%JAVA_HOME%\bin\java" "@%ROOT%\bin\jvm.options" !CORPUSFLAGS! -jar "%JAR%" %*
exit /b %ERRORLEVEL%

:corpusflags
set "CONTENT=content"
set "PREV="
:corpusarg
if "%~1"=="" goto corpuscount
if "!PREV!"=="--content" set "CONTENT=%~1"
set "ARG=%~1"
if "!ARG:~0,10!"=="--content=" set "CONTENT=!ARG:~10!"
set "PREV=%~1"
shift
goto corpusarg
:corpuscount
set "CASES=0"
for /f %%N in ('dir /b /a-d "!CONTENT!\casuistiek\*.yaml" 2^>nul ^| find /c /v ""') do set "CASES=%%N"
if !CASES! LSS 20000 (set "CORPUSFLAGS=-XX:TieredStopAtLevel=1") else (set "CORPUSFLAGS=-XX:MaxNewSize=64m")
goto :eof

:tryjdk
if not exist "%~1\bin\javac.exe" goto :eof
set "VER="
for /f "tokens=3" %%V in ('"%~1\bin\java.exe" -version 2^>^&1 ^| findstr /i "version"') do set "VER=%%~V"
for /f "delims=." %%M in ("!VER!") do set "MAJOR=%%M"
if "!MAJOR!"=="1" goto :eof
if !MAJOR! GEQ 21 set "FOUND=%~1"
goto :eof
